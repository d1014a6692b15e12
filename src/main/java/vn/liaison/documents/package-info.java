/** Official documents in the Decree 30/2020 layout (DOCX and PDF with Vietnamese fonts) and spreadsheets (XLSX). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.liaison.documents;
