using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>
/// The directory read from a folder (or one file) of FHIR JSON, reloaded when the files change. A reload that finds
/// problems keeps the previous directory, records the problems in <see cref="LastReloadProblems"/> and logs them.
/// </summary>
public sealed class FileDirectorySource : IDirectorySource, IDisposable
{
    private readonly string _path;
    private readonly ILogger _logger;
    private readonly TimeSpan _debounce;
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _debounceTimer;
    private readonly Lock _reloadLock = new();
    private RoutingDirectory _current;
    private ImmutableArray<DirectoryProblem> _lastReloadProblems = [];

    private FileDirectorySource(string path, RoutingDirectory initial, TimeProvider timeProvider, ILogger logger, TimeSpan debounce)
    {
        _path = path;
        _current = initial;
        _logger = logger;
        _debounce = debounce;
        _debounceTimer = timeProvider.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var filter = Directory.Exists(path) ? "*.json" : Path.GetFileName(path);
        _watcher = new FileSystemWatcher(folder, filter)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += OnFileEvent;
        _watcher.Created += OnFileEvent;
        _watcher.Deleted += OnFileEvent;
        _watcher.Renamed += OnFileEvent;
        _watcher.EnableRaisingEvents = true;
    }

    public RoutingDirectory Current => Volatile.Read(ref _current);

    public ImmutableArray<DirectoryProblem> LastReloadProblems => _lastReloadProblems;

    public event EventHandler<DirectoryReloadedEventArgs>? Reloaded;

    /// <summary>
    /// Loads the directory and starts watching it. Throws <see cref="RoutingDirectoryException"/> listing every
    /// problem when the directory is unusable: the gateway must not start on it.
    /// </summary>
    /// <param name="debounce">How long to wait after the last file event before reloading (editors write in bursts).</param>
    public static FileDirectorySource Open(string path, TimeProvider timeProvider, ILogger<FileDirectorySource> logger, TimeSpan? debounce = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        var result = RoutingDirectoryLoader.Load(path);
        if (!result.Succeeded)
        {
            throw new RoutingDirectoryException(path, result.Problems);
        }

        LogLoaded(logger, path, result.Directory);
        return new FileDirectorySource(path, result.Directory, timeProvider, logger, debounce ?? TimeSpan.FromMilliseconds(250));
    }

    /// <summary>Reloads now. Returns the load result; the current directory changes only when it succeeded.</summary>
    public DirectoryLoadResult Reload()
    {
        lock (_reloadLock)
        {
            DirectoryLoadResult result;
            try
            {
                result = RoutingDirectoryLoader.Load(_path);
            }
#pragma warning disable CA1031 // A reload runs on a timer thread: an unexpected failure must keep the old directory, not kill the process.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.ReloadCrashed(_logger, ex, _path);
                result = DirectoryLoadResult.Failure([new DirectoryProblem("reload-failed", ex.Message)]);
            }

            if (result.Succeeded)
            {
                Volatile.Write(ref _current, result.Directory);
                _lastReloadProblems = [];
                LogLoaded(_logger, _path, result.Directory);
            }
            else
            {
                _lastReloadProblems = result.Problems;
                Log.ReloadRefused(_logger, _path, result.Problems.Length, string.Join("; ", result.Problems));
            }

            Reloaded?.Invoke(this, new DirectoryReloadedEventArgs(result.Succeeded, Current, result.Problems));
            return result;
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounceTimer.Dispose();
    }

    private static void LogLoaded(ILogger logger, string path, RoutingDirectory directory) =>
        Log.DirectoryLoaded(logger, path, directory.Organizations.Length, directory.Services.Length, directory.Endpoints.Length);

    private void OnFileEvent(object sender, FileSystemEventArgs e) => _debounceTimer.Change(_debounce, Timeout.InfiniteTimeSpan);
}
