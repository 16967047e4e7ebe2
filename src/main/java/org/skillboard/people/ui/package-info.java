/** Tenant administrators' screens for people and teams. */
package org.skillboard.people.ui;
