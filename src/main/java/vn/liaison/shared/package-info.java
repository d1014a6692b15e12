/** Value types every module shares: classification levels, content areas, paging, text folding and domain errors. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.liaison.shared;
