/** Accounts, login with a second factor, API tokens, and the one access policy every handler and template uses. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.liaison.security;
