/** Coordination requests: information exchange, lookup, verification, forensic assessment and evidence, with answers and custody. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "security", "organizations", "agreements", "documents", "notifications", "attachments"})
package vn.liaison.requests;
