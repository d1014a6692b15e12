/** The organizations module's screens (agencies, units, people, focal points, accounts) and its REST API. */
package vn.liaison.organizations.web;
