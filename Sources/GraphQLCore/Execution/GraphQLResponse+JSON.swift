extension GraphQLResponse {
    /// The response as JSON: `errors` first when there are any (as the spec recommends, so
    /// that they are seen), then `data` when execution started.
    public func jsonData() -> [UInt8] {
        var writer = JSONWriter(capacity: 4096)
        writer.write(response: self)
        return writer.bytes
    }

    /// The response as a JSON string (for tests and logs).
    public var json: String {
        String(decoding: jsonData(), as: UTF8.self)
    }
}

extension GraphQLError {
    /// The error as the JSON object a response lists in `errors`.
    public func jsonData() -> [UInt8] {
        var writer = JSONWriter(capacity: 256)
        writer.write(error: self)
        return writer.bytes
    }
}

extension JSONWriter {
    mutating func write(response: GraphQLResponse) {
        writeRaw("{")
        var needsComma = false
        if !response.errors.isEmpty {
            writeRaw("\"errors\":[")
            for (index, error) in response.errors.enumerated() {
                if index > 0 { writeRaw(",") }
                write(error: error)
            }
            writeRaw("]")
            needsComma = true
        }
        if let data = response.data {
            if needsComma { writeRaw(",") }
            writeRaw("\"data\":")
            write(data)
        }
        writeRaw("}")
    }

    mutating func write(error: GraphQLError) {
        writeRaw("{\"message\":")
        write(string: error.message)
        if !error.locations.isEmpty {
            writeRaw(",\"locations\":[")
            for (index, location) in error.locations.enumerated() {
                if index > 0 { writeRaw(",") }
                writeRaw("{\"line\":")
                write(int: location.line)
                writeRaw(",\"column\":")
                write(int: location.column)
                writeRaw("}")
            }
            writeRaw("]")
        }
        if !error.path.isEmpty {
            writeRaw(",\"path\":[")
            for (index, component) in error.path.enumerated() {
                if index > 0 { writeRaw(",") }
                switch component {
                case .key(let key): write(string: key)
                case .index(let position): write(int: position)
                }
            }
            writeRaw("]")
        }
        if let code = error.code {
            writeRaw(",\"extensions\":{\"code\":")
            write(string: code.rawValue)
            writeRaw("}")
        }
        writeRaw("}")
    }
}
