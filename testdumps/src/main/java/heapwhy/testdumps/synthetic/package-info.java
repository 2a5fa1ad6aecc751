/**
 * A synthetic HPROF writer for parser unit tests: {@link heapwhy.testdumps.synthetic.HprofWriter} writes
 * records byte by byte (including deliberately wrong ones), {@link heapwhy.testdumps.synthetic.SyntheticHeap}
 * builds complete valid dumps from classes and objects, {@link heapwhy.testdumps.synthetic.BrokenDumps}
 * damages them the way real broken files are damaged.
 */
package heapwhy.testdumps.synthetic;
