/// Reading and writing GeoJSON files.
public enum GeoJSONFile {
    /// Reads and decodes the GeoJSON file at `path`; diagnostics name the file as given.
    /// - Throws: `GISError` naming the file when it cannot be read, or listing every
    ///   error found in it.
    /// - Complexity: O(n) in the file size.
    public static func read(path: String, options: GeoJSONDecodingOptions = .init()) throws -> GeoJSONDocument {
        let bytes = try FileBytes.read(path: path)
        return try GeoJSONDecoder.decode(bytes, file: path, options: options)
    }

    /// Encodes `object` and writes it to `path` atomically (temporary file, then rename),
    /// ending with a newline.
    /// - Throws: `GISError` naming the file when it cannot be written.
    /// - Complexity: O(n) in the number of positions and property values.
    public static func write(_ object: GeoJSONObject, to path: String, encoder: GeoJSONEncoder = .init()) throws {
        var bytes = encoder.encode(object)
        bytes.append(0x0A)
        try AtomicFile.write(bytes, to: path)
    }
}
