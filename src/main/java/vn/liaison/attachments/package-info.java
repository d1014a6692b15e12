/**
 * Evidence-grade file handling shared by every module that receives files: content-addressed, encrypted
 * storage with type and size checks, agency signatures, and the chain of custody. (A module of its own,
 * beside those ARCHITECTURE.md lists, because requests, content cases, incidents and inspections all need it.)
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "security"})
package vn.liaison.attachments;
