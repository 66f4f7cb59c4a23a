namespace Portale.Core.Publication;

/// <summary>A PDF document staged for the nightly loading: a letter or a sollecito.</summary>
public interface IStagedDocument
{
    /// <summary>The canonical name, used once ever.</summary>
    string Name { get; }

    /// <summary>The PDF's <see cref="Documents.DocumentHash"/>, part of where it is stored.</summary>
    string Hash { get; }
}
