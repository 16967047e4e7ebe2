/** The onboarding workbook: its template, and reading an upload's teams and people through the safe reader. */
package org.skillboard.onboarding.sheets;
