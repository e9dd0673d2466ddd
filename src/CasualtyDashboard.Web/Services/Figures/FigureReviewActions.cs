using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Web.Components.Figures;
using CasualtyDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// The review and note actions the Figures grid and the article view share: ask in a dialog when needed, write through
/// the review services (recorded as the current analyst), and say what happened in a snackbar. Each returns true when it
/// stored something.
/// </summary>
public sealed class FigureReviewActions(
    FigureReviewService reviews,
    AnnotationService notes,
    IDialogService dialogs,
    ISnackbar snackbar,
    IStringLocalizer<SharedResource> l)
{
    public Task<bool> AcceptAsync(FigureRow figure) =>
        RunAsync(() => reviews.AcceptAsync(figure.Id), l["Review.Accepted", figure.Id]);

    public async Task<bool> RejectAsync(FigureRow figure) =>
        await AskAsync<RejectDialog, string>(l["Reject.Title", figure.Id], []) is { } reason
        && await RunAsync(() => reviews.RejectAsync(figure.Id, reason), l["Review.Rejected", figure.Id]);

    public async Task<bool> CorrectAsync(FigureRow figure) =>
        await AskAsync<CorrectDialog, CorrectionInput>(l["Correct.Title", figure.Id], new() { [nameof(CorrectDialog.Original)] = figure.Effective }, MaxWidth.Medium) is { } input
        && await RunAsync(() => reviews.CorrectAsync(figure.Id, input.Fields, input.Note), l["Review.Corrected", figure.Id]);

    public async Task<bool> AddNoteAsync(long figureId) =>
        await AskAsync<NoteDialog, NoteInput>(l["Note.AddTitle", figureId], []) is { } input
        && await RunAsync(() => notes.AddToFigureAsync(figureId, input.Text, input.Tags), l["Note.Added"]);

    /// <summary>A note on a chart point (<c>seriesKey@yyyy-MM-dd</c>): shown as a marker on the chart and in the reconciled export.</summary>
    public async Task<bool> AddPointNoteAsync(string pointKey) =>
        await AskAsync<NoteDialog, NoteInput>(l["Note.AddPointTitle", pointKey[(pointKey.LastIndexOf('@') + 1)..]], []) is { } input
        && await RunAsync(() => notes.AddToPointAsync(pointKey, input.Text, input.Tags), l["Note.Added"]);

    public async Task<bool> EditNoteAsync(AnnotationView note) =>
        await AskAsync<NoteDialog, NoteInput>(l["Note.EditTitle"], new() { [nameof(NoteDialog.Text)] = note.Text, [nameof(NoteDialog.Tags)] = note.Tags }) is { } input
        && await RunAsync(() => notes.EditAsync(note.Id, input.Text, input.Tags), l["Note.Saved"]);

    public async Task<bool> DeleteNoteAsync(AnnotationView note)
    {
        var sure = await dialogs.ShowMessageBoxAsync(l["Note.DeleteTitle"], l["Note.DeleteConfirm"], yesText: l["Common.Delete"], cancelText: l["Common.Cancel"],
            options: Options(MaxWidth.Small));
        return sure == true && await RunAsync(() => notes.DeleteAsync(note.Id), l["Note.Deleted"]);
    }

    public async Task ShowNoteHistoryAsync(AnnotationView note) =>
        await dialogs.ShowAsync<NoteHistoryDialog>(l["Note.HistoryTitle"], new DialogParameters { [nameof(NoteHistoryDialog.AnnotationId)] = note.Id }, Options(MaxWidth.Medium));

    /// <summary>Opens a dialog and returns what it closed with; null when cancelled.</summary>
    private async Task<T?> AskAsync<TDialog, T>(string title, Dictionary<string, object?> parameters, MaxWidth width = MaxWidth.Small)
        where TDialog : IComponent where T : class
    {
        var dialogParameters = new DialogParameters();
        foreach (var (name, value) in parameters) dialogParameters.Add(name, value);
        var dialog = await dialogs.ShowAsync<TDialog>(title, dialogParameters, Options(width));
        var result = await dialog.Result;
        return result is { Canceled: false, Data: T data } ? data : null;
    }

    private async Task<bool> RunAsync(Func<Task> write, string done)
    {
        try
        {
            await write();
            snackbar.Add(done, Severity.Success, o => o.VisibleStateDuration = 2500);
            return true;
        }
        catch (ReviewInputException ex)
        {
            snackbar.Add($"{l["Common.NotSaved"]}: {ex.Message}", Severity.Error, o => o.VisibleStateDuration = 10_000);
            return false;
        }
    }

    private static DialogOptions Options(MaxWidth width) => new() { MaxWidth = width, FullWidth = true, CloseOnEscapeKey = true, CloseButton = true };
}
