/** People, teams and memberships of a tenant, and who may see whom. */
package org.skillboard.people;
