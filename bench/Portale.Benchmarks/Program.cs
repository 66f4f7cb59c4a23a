using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Portale.Benchmarks.SectionListBenchmark).Assembly).Run(args);
