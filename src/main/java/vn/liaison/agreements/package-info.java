/** Coordination agreements (quy chế phối hợp) with their versions and life, and yearly coordination plans with tasks. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "security", "organizations", "documents", "notifications", "attachments"})
package vn.liaison.agreements;
