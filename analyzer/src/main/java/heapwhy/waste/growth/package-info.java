/**
 * Waste across dumps: which inspections, holders and values waste more from dump to dump
 * ({@link heapwhy.waste.growth.WasteGrowth}, {@link heapwhy.waste.growth.WasteGrowthReport}), matched by what
 * each dump's {@link heapwhy.waste.WasteReport} names them.
 */
package heapwhy.waste.growth;
