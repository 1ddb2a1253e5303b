/// One CSV record as RFC 4180 writes it: fields separated by commas, a field quoted when it
/// holds a comma, a double quote, CR or LF (a quote inside doubled), the record ended by CRLF.
/// A nil field is empty.
struct CSVRow {
    private(set) var bytes: [UInt8] = []
    private var fields = 0

    init(_ values: [String?] = []) {
        for value in values { append(value) }
    }

    mutating func append(_ value: String?) {
        if fields > 0 { bytes.append(UInt8(ascii: ",")) }
        fields += 1
        guard let value else { return }
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The record with its CRLF.
    var line: [UInt8] { bytes + [0x0D, 0x0A] }
}
