/**
 * Live JVMs of this user, reached through the JDK's Attach API and their own management beans (no agent): what
 * runs ({@link heapwhy.live.LiveJvms#list}), and one attached JVM's heap figures and heap dump
 * ({@link heapwhy.live.LiveJvm}). Every way attaching can fail has its own {@link heapwhy.live.LiveJvmException.Reason}.
 */
package heapwhy.live;
