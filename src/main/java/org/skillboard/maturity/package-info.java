/** CX maturity: units, worksheets, rounds and results against the five-year ambition. */
package org.skillboard.maturity;
