/** Tenants (organisations): their directory, status and summaries, managed by the platform administrator. */
package org.skillboard.tenant;
