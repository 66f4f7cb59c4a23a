using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Portale.Adapters.Storage;

/// <summary>
/// Counts what the portal asks of storage, for benchmarks and tests (<c>Portale:Storage:CostMeter</c>): an
/// Azure SDK pipeline policy on the table and blob clients records, per operation, the requests sent, the
/// entities table reads return and the bytes of bodies both ways. <see cref="Snapshot"/> and
/// <see cref="StorageCost.Since"/> give what one action cost. Counting parses table answers, so it is not
/// switched on in production.
/// </summary>
public sealed class StorageCostMeter
{
    private readonly ConcurrentDictionary<string, long[]> counts = new(StringComparer.Ordinal);

    public StorageCostMeter()
    {
        TablePolicy = new Policy(this, Service.Table);
        BlobPolicy = new Policy(this, Service.Blob);
    }

    private enum Service
    {
        Table,
        Blob,
    }

    public HttpPipelinePolicy TablePolicy { get; }

    public HttpPipelinePolicy BlobPolicy { get; }

    public StorageCost Snapshot() => new(
    [
        .. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new StorageOperationCost(
            c.Key, Interlocked.Read(ref c.Value[0]), Interlocked.Read(ref c.Value[1]), Interlocked.Read(ref c.Value[2]),
            Interlocked.Read(ref c.Value[3]))),
    ]);

    /// <summary>What <paramref name="action"/> cost (everything the clients sent meanwhile).</summary>
    public async Task<StorageCost> MeasureAsync(Func<Task> action)
    {
        var before = Snapshot();
        await action();
        return Snapshot().Since(before);
    }

    private void Record(string operation, long entities, long sent, long received)
    {
        var c = counts.GetOrAdd(operation, _ => new long[4]);
        Interlocked.Increment(ref c[0]);
        Interlocked.Add(ref c[1], entities);
        Interlocked.Add(ref c[2], sent);
        Interlocked.Add(ref c[3], received);
    }

    private sealed class Policy(StorageCostMeter meter, Service service) : HttpPipelinePolicy
    {
        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            Record(message);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Record(message);
        }

        private void Record(HttpMessage message)
        {
            var sent = message.Request.Content is { } content && content.TryComputeLength(out var length) ? length : 0;
            var response = message.Response;
            var buffered = response.ContentStream as MemoryStream;
            var received = buffered?.Length
                ?? (response.Headers.ContentLength is { } declared ? declared : 0);
            var operation = service == Service.Table ? TableOperation(message.Request) : BlobOperation(message.Request);
            var entities = service != Service.Table || response.Status != 200 ? 0
                : operation.EndsWith(":point-read", StringComparison.Ordinal) ? 1
                : buffered is not null ? EntitiesIn(buffered) : 0;
            meter.Record(operation, entities, sent, received);
        }

        private static string TableOperation(Request request)
        {
            var last = Segments(request.Uri.ToUri()).LastOrDefault() ?? "";
            if (last == "$batch")
            {
                return "table:batch";
            }
            var open = last.IndexOf('(', StringComparison.Ordinal);
            var table = open < 0 ? last : last[..open];
            var keyed = open >= 0 && last.Length > open + 2;
            var kind = request.Method.Method switch
            {
                "GET" => keyed ? "point-read" : "query",
                "POST" => "insert",
                "DELETE" => "delete",
                _ => "update",
            };
            return $"table:{table}:{kind}";
        }

        private static string BlobOperation(Request request)
        {
            var uri = request.Uri.ToUri();
            var container = Segments(uri).FirstOrDefault() ?? "";
            var kind = request.Method.Method switch
            {
                "GET" when uri.Query.Contains("comp=list", StringComparison.Ordinal) => "list",
                "GET" or "HEAD" => "read",
                "DELETE" => "delete",
                _ => "write",
            };
            return $"blob:{container}:{kind}";
        }

        /// <summary>The path's segments, without the account's on an emulator's path-style address.</summary>
        private static IEnumerable<string> Segments(Uri uri)
        {
            var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString);
            return IPAddress.TryParse(uri.Host, out _) || uri.IsLoopback ? segments.Skip(1) : segments;
        }

        /// <summary>The length of a query's <c>value</c> array.</summary>
        private static long EntitiesIn(MemoryStream body)
        {
            if (!body.TryGetBuffer(out var bytes) || bytes.Count == 0)
            {
                return 0;
            }
            var reader = new Utf8JsonReader(bytes);
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return 0;
                }
                while (reader.Read() && reader.CurrentDepth == 1)
                {
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("value"))
                    {
                        return CountItems(ref reader);
                    }
                    reader.Read();
                    reader.Skip();
                }
            }
            catch (JsonException)
            {
                return 0;
            }
            return 0;
        }

        private static long CountItems(ref Utf8JsonReader reader)
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return 0;
            }
            var items = 0L;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items++;
                reader.Skip();
            }
            return items;
        }
    }
}
