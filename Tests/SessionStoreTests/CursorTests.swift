import Foundation
import Testing

@testable import SessionStore

@Suite struct CursorTests {
    @Test(arguments: [
        Cursor(list: .sessions, time: 1_767_225_600_000, id: "sess_a1"),
        Cursor(list: .timeline, time: nil, id: "tc_1"),
        Cursor(list: .users, time: -5, id: "id:with:colons and spaces"),
        Cursor(list: .tickets, time: Int64.max, id: "sr_ü"),
        Cursor(list: .users, time: 7, id: "mcpu_1", snapshot: 1_767_225_600_000),
        Cursor(list: .users, time: nil, id: "mcpu_@", snapshot: -1),
    ])
    func roundTrips(_ cursor: Cursor) throws {
        let encoded = cursor.encoded
        #expect(encoded.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(try Cursor(encoded: encoded, list: cursor.list) == cursor)
    }

    @Test func missingTimeSortsAsSmallest() {
        #expect(Cursor(list: .timeline, time: nil, id: "x").time == Int64.min)
    }

    @Test func encodingIsStable() {
        #expect(Cursor(list: .sessions, time: 42, id: "sess_1").encoded == "MTpzOjQyOnNlc3NfMQ")
    }

    @Test(arguments: [
        "", "not a cursor", "@@@@", "MTpzOjQyOnNlc3NfMQ==", "Zm9v",
        // Well-formed base64url of malformed contents: wrong version, unknown list, no time, no id.
        base64url("2:s:42:sess_1"), base64url("1:x:42:sess_1"), base64url("1:s::sess_1"), base64url("1:s:42:"),
        base64url("1:s:forty:sess_1"), base64url("1:u:42@:mcpu_1"), base64url("1:u:42@x:mcpu_1"),
        base64url("1:u:@5:mcpu_1"), String(repeating: "A", count: 2_000),
    ])
    func garbageIsRefusedClearly(_ garbage: String) {
        #expect(throws: CursorError.malformed(garbage)) {
            try Cursor(encoded: garbage, list: .sessions)
        }
    }

    @Test func cursorOfAnotherListIsRefused() {
        let sessionCursor = Cursor(list: .sessions, time: 1, id: "sess_1").encoded
        #expect(throws: CursorError.wrongList(sessionCursor, expected: .timeline)) {
            try Cursor(encoded: sessionCursor, list: .timeline)
        }
    }

    @Test func aCursorOfTheOtherOrderIsRefused() {
        let newestFirst = Cursor(list: .timelineNewestFirst, time: 1, id: "tc_1").encoded
        #expect(throws: CursorError.wrongList(newestFirst, expected: .timeline)) {
            try Cursor(encoded: newestFirst, list: .timeline)
        }
    }

    @Test func errorMessagesSayWhatToPass() {
        #expect(CursorError.malformed("abc").description == #"Invalid cursor "abc": pass a cursor of a previous page."#)
        #expect(
            CursorError.wrongList("abc", expected: .timeline).description
                == #"Cursor "abc" belongs to another list or order than a timeline oldest first: pass a cursor of a page of this list, in the same order."#)
    }

    static func base64url(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
