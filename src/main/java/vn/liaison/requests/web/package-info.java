/** Screens and the JSON API of coordination requests. */
package vn.liaison.requests.web;
