using Portale.Core.Documents;
using Portale.Core.Letters;
using Portale.Core.Paging;
using Portale.Core.Publication;
using Portale.Core.Refusals;
using Portale.Core.Tests.Uploads.Fakes;

namespace Portale.Core.Tests.Publication;

/// <summary>
/// What tonight's loading will publish (<see cref="StagedDocumentQueue{T}"/>): pages in name order with
/// cursors bound to the list, and a withdrawal that removes the PDF, refused once published or never staged.
/// </summary>
public class StagedDocumentQueueTests
{
    private readonly InMemoryStagedLetters staged = new();
    private readonly InMemoryDocuments documents = new(new Faults());

    private StagedDocumentQueue<StagedLetter> Queue => new(staged, documents, DocumentKind.Letter);

    [Fact]
    public async Task Pages_go_through_every_staged_letter_in_name_order_once()
    {
        var names = Enumerable.Range(1, 23).Select(i => $"L-P-26-{i:D7}_01.PDF").ToList();
        foreach (var name in names.OrderDescending())
        {
            staged.Pending[name] = Letter(name);
        }
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Queue.ListAsync("10", cursor, CancellationToken.None);
            Assert.Equal(23, page.Total);
            seen.AddRange(page.Items.Select(l => l.Name));
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(names, seen);
        var other = new PageCursor("L-P-26-0000005_01.PDF", 0, "audit|10").Encode();
        var refusal = await Assert.ThrowsAsync<RefusalException>(() => Queue.ListAsync("10", other, CancellationToken.None));
        Assert.Equal(PageRequestParser.CursorInvalid, refusal.Code);
    }

    [Fact]
    public async Task A_withdrawal_removes_the_row_and_the_pdf_and_is_refused_after_publication_or_twice()
    {
        var (name, published) = ("L-P-26-0000001_01.PDF", "L-P-26-0000002_01.PDF");
        var letter = Letter(name);
        staged.Pending[name] = letter;
        staged.Published[published] = Letter(published);
        var path = PdfStaging.PathOf(DocumentKind.Letter, name, letter.Hash);
        documents.Blobs[path] = [1];

        Assert.Equal(letter, await Queue.WithdrawAsync(name.ToLowerInvariant(), CancellationToken.None));
        Assert.Empty(staged.Pending);
        Assert.False(documents.Blobs.ContainsKey(path));

        var again = await Assert.ThrowsAsync<RefusalException>(() => Queue.WithdrawAsync(name, CancellationToken.None));
        Assert.Equal(("letter-not-staged", RefusalKind.NotFound), (again.Code, again.Kind));
        var late = await Assert.ThrowsAsync<RefusalException>(() => Queue.WithdrawAsync(published, CancellationToken.None));
        Assert.Equal(("letter-already-published", RefusalKind.Conflict), (late.Code, late.Kind));
        var sollecito = await Assert.ThrowsAsync<RefusalException>(
            () => Queue.WithdrawAsync("S-P-26-0000001_01.PDF", CancellationToken.None));
        Assert.Equal("letter-not-staged", sollecito.Code);
        Assert.EndsWith(".", again.Title);
    }

    private static StagedLetter Letter(string name) => new(
        name, "acme", [], new LetterFields("1", "T", "U", ServiceType.Electricity, "A", "B", "C", "D", 20, false,
            Sector.Energy),
        DocumentHash.Of(System.Text.Encoding.UTF8.GetBytes(name)), DateTimeOffset.UnixEpoch, "staff");
}
