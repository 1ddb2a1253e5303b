/// The documents an export runs, chunk by chunk, through the same executor, resolvers and
/// tenancy checks as any client's request: an exported item is exactly what the API answers
/// for it.
enum ExportDocuments {
    /// Items per chunk: the largest page the API serves.
    static let chunkSize = 100

    static let session = """
        query ExportSession($id: ID!) {
          session(id: $id) {
            id title displayTitle connectionDate connectedAt lastActivityAt durationSeconds
            toolCallCount supportTicketCount errorCount openTicketCount
            server { id name slug }
            user { id trackingId email }
          }
        }
        """

    static let timeline = """
        query ExportTimeline($id: ID!, $after: String) {
          session(id: $id) {
            timeline(first: \(chunkSize), after: $after) {
              pageInfo { hasNextPage endCursor }
              edges {
                node {
                  __typename id createdAt
                  ... on ToolCall { toolName isError input output }
                  ... on SupportTicket {
                    title conciseSummary context status priority supportRequestMethod resolvedAt email assigneeId
                  }
                }
              }
            }
          }
        }
        """

    static let userSessions = """
        query ExportUserSessions($identifier: String!, $after: String) {
          user(identifier: $identifier) {
            id
            sessions(first: \(chunkSize), after: $after) {
              pageInfo { hasNextPage endCursor }
              edges {
                node {
                  id title displayTitle connectedAt lastActivityAt durationSeconds
                  toolCallCount supportTicketCount errorCount openTicketCount
                  server { id name }
                }
              }
            }
          }
        }
        """
}
