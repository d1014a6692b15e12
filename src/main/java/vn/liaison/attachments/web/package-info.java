/** HTTP endpoints of the attachments module: agency public keys for verifying signatures outside the platform. */
package vn.liaison.attachments.web;
