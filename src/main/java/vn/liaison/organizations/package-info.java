/** Agencies that change over time (validity, successors), their units, people and focal points. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "security"})
package vn.liaison.organizations;
