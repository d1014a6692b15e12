/** The notification screens (bell, list, mark read) and their API. */
package vn.liaison.notifications.web;
