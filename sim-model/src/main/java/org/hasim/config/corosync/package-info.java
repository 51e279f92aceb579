/**
 * {@code corosync.conf}: the nested {@code section { key: value }} parser ({@link
 * org.hasim.config.corosync.CorosyncParser}) and the parsed tree ({@link
 * org.hasim.config.corosync.CorosyncConf}) with typed views of totem timing, quorum and the node list.
 */
package org.hasim.config.corosync;
