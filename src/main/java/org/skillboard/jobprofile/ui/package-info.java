/** Tenant administrators' screen for job profiles. */
package org.skillboard.jobprofile.ui;
