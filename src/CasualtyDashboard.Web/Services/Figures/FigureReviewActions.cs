using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Web.Components.Figures;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Radzen;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// The review and note actions the Figures grid and the article view share: ask in a dialog when needed, write through
/// the review services (recorded as the current analyst), and say what happened. Each returns true when it stored something.
/// </summary>
public sealed class FigureReviewActions(
    FigureReviewService reviews,
    AnnotationService notes,
    DialogService dialogs,
    NotificationService notifications,
    IStringLocalizer<SharedResource> l)
{
    public Task<bool> AcceptAsync(FigureRow figure) =>
        RunAsync(() => reviews.AcceptAsync(figure.Id), l["Review.Accepted", figure.Id]);

    public async Task<bool> RejectAsync(FigureRow figure)
    {
        var reason = await dialogs.OpenAsync<RejectDialog>(l["Reject.Title", figure.Id], new Dictionary<string, object?>(), Options()) as string;
        return reason is not null && await RunAsync(() => reviews.RejectAsync(figure.Id, reason), l["Review.Rejected", figure.Id]);
    }

    public async Task<bool> CorrectAsync(FigureRow figure)
    {
        var input = await dialogs.OpenAsync<CorrectDialog>(l["Correct.Title", figure.Id],
            new Dictionary<string, object?> { [nameof(CorrectDialog.Original)] = figure.Effective }, Options("40rem")) as CorrectionInput;
        return input is not null && await RunAsync(() => reviews.CorrectAsync(figure.Id, input.Fields, input.Note), l["Review.Corrected", figure.Id]);
    }

    public async Task<bool> AddNoteAsync(long figureId)
    {
        var input = await dialogs.OpenAsync<NoteDialog>(l["Note.AddTitle", figureId], new Dictionary<string, object?>(), Options()) as NoteInput;
        return input is not null && await RunAsync(() => notes.AddToFigureAsync(figureId, input.Text, input.Tags), l["Note.Added"]);
    }

    /// <summary>A note on a chart point (<c>seriesKey@yyyy-MM-dd</c>): shown as a marker on the chart and in the reconciled export.</summary>
    public async Task<bool> AddPointNoteAsync(string pointKey)
    {
        var input = await dialogs.OpenAsync<NoteDialog>(l["Note.AddPointTitle", pointKey[(pointKey.LastIndexOf('@') + 1)..]], new Dictionary<string, object?>(), Options()) as NoteInput;
        return input is not null && await RunAsync(() => notes.AddToPointAsync(pointKey, input.Text, input.Tags), l["Note.Added"]);
    }

    public async Task<bool> EditNoteAsync(AnnotationView note)
    {
        var input = await dialogs.OpenAsync<NoteDialog>(l["Note.EditTitle"],
            new Dictionary<string, object?> { [nameof(NoteDialog.Text)] = note.Text, [nameof(NoteDialog.Tags)] = note.Tags }, Options()) as NoteInput;
        return input is not null && await RunAsync(() => notes.EditAsync(note.Id, input.Text, input.Tags), l["Note.Saved"]);
    }

    public async Task<bool> DeleteNoteAsync(AnnotationView note)
    {
        var sure = await dialogs.Confirm(l["Note.DeleteConfirm"], l["Note.DeleteTitle"],
            new ConfirmOptions { OkButtonText = l["Common.Delete"], CancelButtonText = l["Common.Cancel"] });
        return sure == true && await RunAsync(() => notes.DeleteAsync(note.Id), l["Note.Deleted"]);
    }

    public Task ShowNoteHistoryAsync(AnnotationView note) =>
        dialogs.OpenAsync<NoteHistoryDialog>(l["Note.HistoryTitle"], new Dictionary<string, object?> { [nameof(NoteHistoryDialog.AnnotationId)] = note.Id }, Options("40rem"));

    private async Task<bool> RunAsync(Func<Task> write, string done)
    {
        try
        {
            await write();
            notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Success, Summary = done, Duration = 2500 });
            return true;
        }
        catch (ReviewInputException ex)
        {
            notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Error, Summary = l["Common.NotSaved"], Detail = ex.Message, Duration = 10_000 });
            return false;
        }
    }

    private static DialogOptions Options(string width = "32rem") => new() { Width = width, CloseDialogOnEsc = true, Draggable = false };
}
