using System.Globalization;
using FhirRecovery.LoadRuns;

// `run [options]` drives a load run (see README.md); `receiver PORT` and `yarp PORT DESTINATION` are the processes it starts.
return args.FirstOrDefault() switch
{
    "receiver" => await LoadReceiver.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture)),
    "yarp" => await BareYarpHost.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), new Uri(args[2])),
    "run" => await LoadRun.RunAsync(LoadRunOptions.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FhirRecovery.LoadRuns run [--duration S] [--warmup S] [--concurrency N] [--scenarios a,b,c,d,e] [--gateway DLL] [--output FILE]");
    return 2;
}
