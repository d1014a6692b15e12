/** The append-only, hash-chained audit ledger, its verifier, and the auditors' screens and API. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.liaison.audit;
