namespace Portale.Core.Uploads;

public sealed record RefusedAnswer(FiledAnswer Answer, AnswerReplacementRefusal Why);
