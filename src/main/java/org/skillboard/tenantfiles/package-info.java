/** Tenants as code: loads the tenant folders (tenant.yaml, frameworks, assessments, maturity) at start-up, as the application. */
package org.skillboard.tenantfiles;
