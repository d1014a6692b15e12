/** The sign-in pages (password, second factor, enrolment), the person's own account page and the API token screens. */
package vn.liaison.security.web;
