/** The auditors' ledger screens and the ledger API under {@code /api/v1/audit}. */
package vn.liaison.audit.web;
