/**
 * Xen domain configuration files: the {@code xl.cfg} {@code KEY = VALUE} syntax and the older xm files in
 * Python syntax of the same shape ({@link org.hasim.config.xen.XenConfigParser}), the parsed domain ({@link
 * org.hasim.config.xen.XenDomain}) and the disk specification syntax ({@link
 * org.hasim.config.xen.DiskSpec}).
 */
package org.hasim.config.xen;
