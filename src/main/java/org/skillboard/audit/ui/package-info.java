/** The audit log's pages: a tenant administrator's and the platform administrator's, with filters and export. */
package org.skillboard.audit.ui;
