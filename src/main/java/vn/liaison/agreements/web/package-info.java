/** Screens and the REST API of coordination agreements and yearly plans. */
package vn.liaison.agreements.web;
