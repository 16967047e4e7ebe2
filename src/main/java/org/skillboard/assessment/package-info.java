/** Assessments of people's levels: recording, the current levels, periods and settings, and storing imports. */
package org.skillboard.assessment;
