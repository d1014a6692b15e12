/** API tokens of machine clients: created by an agency administrator, scoped, expiring, stored as a SHA-256 digest. */
package vn.liaison.security.token;
