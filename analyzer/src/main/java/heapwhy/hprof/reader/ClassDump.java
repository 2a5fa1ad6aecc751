package heapwhy.hprof.reader;

/**
 * A CLASS_DUMP sub-record. Field names are UTF8 ids; types are HPROF basic type codes.
 *
 * @param id the class object's id
 * @param superId the superclass's id, 0 for java.lang.Object
 * @param loaderId the defining loader's id, 0 for the boot loader
 * @param instancePayloadSize the instance size the dump states (payload bytes, not the JVM size)
 * @param staticNameIds static field names
 * @param staticTypes static field types
 * @param staticValues static field values, widened to long (references as ids)
 * @param fieldNameIds the class's own instance field names, in dump order
 * @param fieldTypes the class's own instance field types
 */
public record ClassDump(long id, long superId, long loaderId, long instancePayloadSize, long[] staticNameIds,
                        byte[] staticTypes, long[] staticValues, long[] fieldNameIds, byte[] fieldTypes) {
}
