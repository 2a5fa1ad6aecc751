/**
 * The plugin LEAK_ZOO redeploys: loaded only by the zoo's own class loaders, never by the application's, so
 * that each loader holds its own copy of the class and of its static cache.
 */
package heapwhy.testdumps.scenarios.zoo.plugin;
