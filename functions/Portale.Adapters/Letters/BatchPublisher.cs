namespace Portale.Adapters.Letters;

/// <summary>
/// Publishes documents into their companies' partitions of <c>companyletters</c>: the rows of as many
/// documents as fit and the counters they raise go in one <see cref="LetterBatch"/>. A document already
/// there (a re-run after a crash) fails its batch, whose documents are then published one at a time,
/// skipping those there; a counter created or changed by a concurrent writer is read again.
/// </summary>
internal static class BatchPublisher
{
    public static async Task PublishAsync<T>(
        TableClient table, IReadOnlyList<T> documents, PublishedRows<T> rows, CancellationToken cancellationToken)
    {
        foreach (var company in documents.GroupBy(rows.CompanyOf))
        {
            var batch = new LetterBatch();
            var inBatch = new List<T>();
            foreach (var document in company)
            {
                var (entities, counters) = (rows.Rows(document), rows.Counters(document));
                if (!batch.Fits(entities.Count, counters.Select(c => c.Key)))
                {
                    await SubmitAsync(table, company.Key, batch, inBatch, rows, cancellationToken);
                    (batch, inBatch) = (new LetterBatch(), []);
                }
                batch.Add(entities, counters);
                inBatch.Add(document);
            }
            await SubmitAsync(table, company.Key, batch, inBatch, rows, cancellationToken);
        }
    }

    private static Task SubmitAsync<T>(
        TableClient table, string companyId, LetterBatch batch, List<T> documents, PublishedRows<T> rows,
        CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync(async () =>
        {
            try
            {
                await batch.SubmitAsync(table, companyId, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                if (documents.Count > 1)
                {
                    foreach (var document in documents)
                    {
                        if (!await rows.IsPublishedAsync(companyId, document, cancellationToken))
                        {
                            await PublishAsync(table, [document], rows, cancellationToken);
                        }
                    }
                    return;
                }
                if (!await rows.IsPublishedAsync(companyId, documents[0], cancellationToken))
                {
                    throw; // A counter row added meanwhile: read the counters again.
                }
            }
        }, ex => ex is TableTransactionFailedException { Status: 409 or 412 }, cancellationToken);
}
