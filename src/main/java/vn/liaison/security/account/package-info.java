/** Accounts of people: passwords, the second factor (TOTP, recovery codes), lock-out and the sign-in steps. */
package vn.liaison.security.account;
