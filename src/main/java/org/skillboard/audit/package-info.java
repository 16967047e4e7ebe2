/**
 * The audit log: every administrative change ({@link org.skillboard.base.AdminChange}), recorded in the
 * transaction that makes it, append-only; read by tenant administrators (their tenant's) and the platform
 * administrator (platform actions), filtered, paged and exported.
 */
package org.skillboard.audit;
