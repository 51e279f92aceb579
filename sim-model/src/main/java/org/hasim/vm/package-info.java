/** Virtual machines (domUs): the VM state machine and the per-replication VM object. */
package org.hasim.vm;
