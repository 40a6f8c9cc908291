// swift-tools-version: 6.0
// Wijkwijzer: a static site generator for public information in many languages.
import PackageDescription

let package = Package(
    name: "Wijkwijzer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wijkwijzer", targets: ["wijkwijzer"]),
        // The preview server is its own program, so `build` never compiles the server.
        .executable(name: "wijkwijzer-serve", targets: ["wijkwijzer-serve"]),
        .library(name: "Wijkwijzer", targets: ["Wijkwijzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(name: "CWijkwijzerSystem"),
        .target(
            name: "Wijkwijzer",
            dependencies: [
                "CCmarkGFM",
                "CQRencode",
                "CWijkwijzerSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Resources"]
        ),
        // The options of `wijkwijzer serve`, shared by both programs.
        .target(
            name: "WijkwijzerServeOptions",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "wijkwijzer",
            dependencies: [
                "Wijkwijzer",
                "WijkwijzerServeOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The preview server (`wijkwijzer serve`): the library behind it, and its program.
        .target(
            name: "WijkwijzerServe",
            dependencies: [
                "Wijkwijzer",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "wijkwijzer-serve",
            dependencies: [
                "WijkwijzerServe",
                "WijkwijzerServeOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzzer (`make fuzz`); built normally it only replays inputs.
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "WijkwijzerFuzz",
            dependencies: ["Wijkwijzer", "CLibFuzzer"]
        ),
        .testTarget(
            name: "WijkwijzerTests",
            dependencies: ["Wijkwijzer", "WijkwijzerServe", "WijkwijzerServeOptions"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
