/** Assessment sheets: templates to fill offline, and uploads previewed by sheet and cell, then stored all or nothing. */
package org.skillboard.assessment.sheets;
